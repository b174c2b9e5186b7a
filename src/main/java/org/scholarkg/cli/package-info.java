/**
 * The {@code scholarkg} command line (picocli): one class per command, each parsing its options and
 * calling a service. Exit codes are in {@link org.scholarkg.cli.ExitCodes}; exceptions become exit codes
 * in {@link org.scholarkg.cli.ExceptionMapper}; {@code System.exit} is called only in
 * {@link org.scholarkg.cli.Main}.
 */
package org.scholarkg.cli;
