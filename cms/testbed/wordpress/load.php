<?php
/**
 * Loads the test-bed WordPress in a php-cli script: `require __DIR__ . '/load.php';`.
 *
 * Debian's /usr/share/wordpress/wp-config.php reads /etc/wordpress/config-<WORDPRESS_CONFIG>.php (the name comes
 * from the environment, set by testbed.mjs), which defines the database, WP_CONTENT_DIR (the site directory's
 * wp-content) and the URL. The caller may define WP_INSTALLING first.
 */
if ( ! getenv( 'WORDPRESS_CONFIG' ) ) {
	fwrite( STDERR, "WORDPRESS_CONFIG is not set: run this through cms/testbed/wordpress/testbed.mjs\n" );
	exit( 2 );
}
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
// Debian's wp-config.php reads the host; WordPress reads these for URLs and redirects.
$_SERVER['HTTP_HOST']   = getenv( 'WP_TESTBED_HOST' ) ?: '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = $_SERVER['REQUEST_URI'] ?? '/';
$_SERVER['REQUEST_METHOD'] = $_SERVER['REQUEST_METHOD'] ?? 'GET';
require ( getenv( 'WP_TESTBED_CORE' ) ?: '/usr/share/wordpress' ) . '/wp-load.php';
