<?php
/**
 * Router for PHP's built-in server (`php -S 127.0.0.1:PORT -t /usr/share/wordpress router.php`, started by
 * testbed.mjs serve): existing static files are served as they are, /wp-content/ from the site's own
 * wp-content directory, PHP files run, and every other path goes to index.php (pretty permalinks).
 */
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
$root    = getenv( 'WP_TESTBED_CORE' ) ?: '/usr/share/wordpress';
$path    = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) ?? '/' );
$content = getenv( 'WP_TESTBED_CONTENT' );

if ( str_contains( $path, '..' ) ) {
	http_response_code( 400 );
	return true;
}

// Static files under the site's own wp-content (plugins, themes, uploads).
if ( $content && str_starts_with( $path, '/wp-content/' ) && ! str_ends_with( $path, '.php' ) ) {
	$file = $content . substr( $path, strlen( '/wp-content' ) );
	if ( is_file( $file ) ) {
		$types = array(
			'css'  => 'text/css',
			'js'   => 'text/javascript',
			'mjs'  => 'text/javascript',
			'json' => 'application/json',
			'svg'  => 'image/svg+xml',
			'png'  => 'image/png',
			'jpg'  => 'image/jpeg',
			'jpeg' => 'image/jpeg',
			'gif'  => 'image/gif',
			'webp' => 'image/webp',
			'woff2' => 'font/woff2',
			'html' => 'text/html',
		);
		header( 'Content-Type: ' . ( $types[ strtolower( pathinfo( $file, PATHINFO_EXTENSION ) ) ] ?? 'application/octet-stream' ) );
		readfile( $file );
		return true;
	}
}

$file = $root . $path;
if ( is_dir( $file ) ) {
	$file = rtrim( $file, '/' ) . '/index.php';
}
if ( is_file( $file ) && ! str_ends_with( $file, '.php' ) ) {
	return false;
}
if ( ! is_file( $file ) ) {
	$file = $root . '/index.php';
}
$script                     = substr( $file, strlen( $root ) );
$_SERVER['SCRIPT_NAME']     = $script;
$_SERVER['PHP_SELF']        = $script;
$_SERVER['SCRIPT_FILENAME'] = $file;
chdir( dirname( $file ) );
require $file;
