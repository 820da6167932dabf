/**
 * The build tools' command line: {@code build-gazetteer}, {@code build-devset}, {@code train-ner}
 * and {@code bench-extract}, run by the launcher from the {@code gazette-tools} jar. They read the
 * reference data beside the project and write the resources committed with it; nothing here is part
 * of the runtime. Depends on the core library and the server's argument parser.
 */
package org.gazette.tools;
