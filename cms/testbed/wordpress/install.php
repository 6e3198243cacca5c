<?php
/**
 * Installs the test-bed site if it is not installed yet (no web installer), then makes sure the users
 * admin (administrator), author (author) and contributor (contributor) exist with their known passwords, each
 * with one application password named "testbed". Prints JSON: { url, users: { login: { id, role, password,
 * applicationPassword } } }. Idempotent: an existing application password is kept when its plain text is
 * passed in WP_TESTBED_APP_PASSWORDS (JSON { login: password }), else a new one replaces it.
 */
define( 'WP_INSTALLING', true );
require __DIR__ . '/load.php';

// wp_install() mails the admin: there is no mail here.
if ( ! function_exists( 'wp_new_blog_notification' ) ) {
	function wp_new_blog_notification() {}
}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$users = array(
	'admin'       => 'administrator',
	'author'      => 'author',
	'contributor' => 'contributor',
);
$password = static function ( $login ) {
	return $login . '-testbed';
};

if ( ! is_blog_installed() ) {
	$result = wp_install( 'report-elements test bed', 'admin', 'admin@example.test', false, '', wp_slash( $password( 'admin' ) ), 'en_US' );
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, $result->get_error_message() . "\n" );
		exit( 1 );
	}
}
update_option( 'permalink_structure', '/%postname%/' );
foreach ( array( 'twentytwentyfive', 'twentytwentythree' ) as $theme ) {
	if ( wp_get_theme( $theme )->exists() ) {
		if ( get_stylesheet() !== $theme ) {
			switch_theme( $theme );
		}
		break;
	}
}

$known = json_decode( getenv( 'WP_TESTBED_APP_PASSWORDS' ) ?: '{}', true ) ?: array();
$out   = array(
	'url'   => home_url( '/' ),
	'users' => array(),
);
foreach ( $users as $login => $role ) {
	$user = get_user_by( 'login', $login );
	if ( ! $user ) {
		$id = wp_insert_user(
			array(
				'user_login' => $login,
				'user_pass'  => $password( $login ),
				'user_email' => $login . '@example.test',
				'role'       => $role,
			)
		);
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() . "\n" );
			exit( 1 );
		}
		$user = get_user_by( 'id', $id );
	} else {
		wp_set_password( $password( $login ), $user->ID );
		$user->set_role( $role );
	}
	// Keep the application password when its plain text is known and still valid; else make a new one.
	$app     = $known[ $login ] ?? '';
	$current = WP_Application_Passwords::get_user_application_passwords( $user->ID );
	$valid   = false;
	foreach ( $current as $item ) {
		if ( 'testbed' === $item['name'] && $app && wp_check_password( preg_replace( '/[^a-z\d]/i', '', $app ), $item['password'], $user->ID ) ) {
			$valid = true;
		}
	}
	if ( ! $valid ) {
		WP_Application_Passwords::delete_all_application_passwords( $user->ID );
		$created = WP_Application_Passwords::create_new_application_password( $user->ID, array( 'name' => 'testbed' ) );
		if ( is_wp_error( $created ) ) {
			fwrite( STDERR, $created->get_error_message() . "\n" );
			exit( 1 );
		}
		$app = WP_Application_Passwords::chunk_password( $created[0] );
	}
	$out['users'][ $login ] = array(
		'id'                  => $user->ID,
		'role'                => $role,
		'password'            => $password( $login ),
		'applicationPassword' => $app,
	);
}
echo wp_json_encode( $out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) . "\n";
