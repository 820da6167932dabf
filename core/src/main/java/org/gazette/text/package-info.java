/**
 * Text primitives shared by the stages of the pipeline (cleaning in {@code ingest}, tokenising in
 * {@code extract}); it depends on nothing else of Gazette.
 */
package org.gazette.text;
