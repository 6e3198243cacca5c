<?php
/**
 * Drupal 11's own sanitizers over the CMS survival snippets (local only; scripts/cms/sanitize.mjs calls this
 * when DRUPAL_CORE and HTML5_PHP are set). Nothing of Drupal is in this repository: the code is loaded from
 *   DRUPAL_CORE  a checkout of drupal/core (the `core/` folder: lib/Drupal/…, modules/filter/…)
 *   HTML5_PHP    a checkout of Masterminds/html5-php (Drupal's HTML parser)
 *
 * Contexts:
 *   drupal-xss-admin              Xss::filterAdmin() (admin-entered text)
 *   drupal-filter-html-basic      the filter_html plugin with Basic HTML's "Allowed HTML tags" (standard profile)
 *   drupal-filter-html-allowlist  the same plus the report tags and the plain-markup tags (test/cms/allowlists.json)
 * Only filter_html runs, not the whole text format (filter_caption, filter_align, … add markup, they remove none).
 *
 * stdin: { "snippets": [ { "id", "html" } ] }  →  stdout: { "version", "columns": { context: { id: html } } }
 */
$core  = rtrim( getenv( 'DRUPAL_CORE' ), '/' );
$html5 = rtrim( getenv( 'HTML5_PHP' ), '/' );
if ( ! is_file( "$core/lib/Drupal/Component/Utility/Xss.php" ) || ! is_dir( "$html5/src" ) ) {
	fwrite( STDERR, "DRUPAL_CORE must point at drupal/core, HTML5_PHP at Masterminds/html5-php\n" );
	exit( 2 );
}

// A PSR-4 autoloader for the few namespaces involved (no Composer).
$prefixes = array(
	'Drupal\\Component\\' => "$core/lib/Drupal/Component/",
	'Drupal\\Core\\'      => "$core/lib/Drupal/Core/",
	'Drupal\\filter\\'    => "$core/modules/filter/src/",
	'Masterminds\\'       => "$html5/src/",
);
require __DIR__ . '/autoload.php';
report_elements_autoload( $prefixes );
require "$core/lib/Drupal.php";

$lists = json_decode( file_get_contents( dirname( __DIR__, 2 ) . '/test/cms/allowlists.json' ), true );
$input = json_decode( stream_get_contents( STDIN ), true );

$report = implode(
	' ',
	array_map( static fn( $t ) => "<$t " . implode( ' ', $lists['attributes'] ) . '>', $lists['tags'] )
) . ' ' . $lists['markupTags'];

$filter = static function ( string $allowed ) {
	return new \Drupal\filter\Plugin\Filter\FilterHtml(
		array(
			'status'   => true,
			'settings' => array(
				'allowed_html'         => $allowed,
				'filter_html_help'     => false,
				'filter_html_nofollow' => false,
			),
		),
		'filter_html',
		array( 'provider' => 'filter' )
	);
};
$contexts = array(
	'drupal-xss-admin'             => static fn( $html ) => \Drupal\Component\Utility\Xss::filterAdmin( $html ),
	'drupal-filter-html-basic'     => ( static fn( $f ) => static fn( $html ) => $f->process( $html, 'en' )->getProcessedText() )( $filter( $lists['drupalBasicHtml'] ) ),
	'drupal-filter-html-allowlist' => ( static fn( $f ) => static fn( $html ) => $f->process( $html, 'en' )->getProcessedText() )( $filter( $lists['drupalBasicHtml'] . ' ' . $report ) ),
);

$columns = array();
foreach ( $contexts as $name => $run ) {
	foreach ( $input['snippets'] as $s ) {
		$columns[ $name ][ $s['id'] ] = $run( $s['html'] );
	}
}
echo json_encode(
	array(
		'version' => \Drupal::VERSION,
		'columns' => $columns,
	),
	JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
);
