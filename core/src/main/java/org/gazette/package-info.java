/**
 * The entry point of the library: {@link org.gazette.NewsIndex}, opened from a {@link
 * org.gazette.NewsIndexConfig}, ingests articles (read, clean, extract, index) and answers
 * searches.
 *
 * <p>This package ties the stages together; it may use every other package of core. Public
 * signatures here use only {@code model} types, JDK types and the extractor interface.
 */
package org.gazette;
