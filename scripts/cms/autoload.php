<?php
/**
 * A PSR-4 autoloader for the few namespaces a local sanitizer run needs (no Composer): shared by drupal.php
 * and typo3.php, which load Drupal's and TYPO3's code from checkouts named by environment variables.
 *
 * @param array<string, string> $prefixes namespace prefix => source folder (with a trailing slash)
 */
function report_elements_autoload( array $prefixes ): void {
	spl_autoload_register(
		static function ( $class ) use ( $prefixes ) {
			foreach ( $prefixes as $prefix => $dir ) {
				if ( str_starts_with( $class, $prefix ) ) {
					$file = $dir . str_replace( '\\', '/', substr( $class, strlen( $prefix ) ) ) . '.php';
					if ( is_file( $file ) ) {
						require $file;
					}
					return;
				}
			}
		}
	);
}
