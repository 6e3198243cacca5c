<?php
/**
 * TYPO3's HTML sanitizer over the CMS survival snippets (local only; scripts/cms/sanitize.mjs calls this when
 * TYPO3_SANITIZER and HTML5_PHP are set). Nothing of TYPO3 is in this repository: the code is loaded from
 *   TYPO3_SANITIZER  a checkout of TYPO3/html-sanitizer (v2, what TYPO3 13 uses)
 *   HTML5_PHP        a checkout of Masterminds/html5-php
 *   PSR_LOG          a checkout of php-fig/log (an interface the sanitizer's visitor implements)
 *
 * Contexts:
 *   typo3-sanitizer-default    CommonBuilder, the base of TYPO3 core's DefaultSanitizerBuilder (the `default`
 *                              preset of the RTE's `processing.HTMLparser_db.htmlSanitize.build`)
 *   typo3-sanitizer-allowlist  a builder that adds the five report tags with their attributes, and
 *                              `blockquote[cite]` and `time[datetime]` for plain markup (the recipe)
 * The RTE's own save processing (RteHtmlParser with `processing.allowTags`) is TYPO3 core code that needs a
 * booted TYPO3: it is not run here.
 *
 * stdin: { "snippets": [ { "id", "html" } ] }  →  stdout: { "version", "columns": { context: { id: html } } }
 */
$sanitizer = rtrim( (string) getenv( 'TYPO3_SANITIZER' ), '/' );
$html5     = rtrim( (string) getenv( 'HTML5_PHP' ), '/' );
$psrLog    = rtrim( (string) getenv( 'PSR_LOG' ), '/' );
if ( ! is_file( "$sanitizer/src/Sanitizer.php" ) || ! is_dir( "$html5/src" ) || ! is_dir( "$psrLog/src" ) ) {
	fwrite( STDERR, "TYPO3_SANITIZER must point at TYPO3/html-sanitizer, HTML5_PHP at Masterminds/html5-php, PSR_LOG at php-fig/log\n" );
	exit( 2 );
}
$prefixes = array(
	'TYPO3\\HtmlSanitizer\\' => "$sanitizer/src/",
	'Masterminds\\'          => "$html5/src/",
	'Psr\\Log\\'             => "$psrLog/src/",
);
require __DIR__ . '/autoload.php';
report_elements_autoload( $prefixes );

use TYPO3\HtmlSanitizer\Behavior;
use TYPO3\HtmlSanitizer\Builder\CommonBuilder;

$lists = json_decode( file_get_contents( dirname( __DIR__, 2 ) . '/test/cms/allowlists.json' ), true );

/** CommonBuilder plus the report tags: global attributes (data-* included), `src` as a URL, and the element's own. */
class ReportElementsBuilder extends CommonBuilder {
	/** @var array{tags: string[], attributes: string[]} */
	public static $lists;

	protected function createBehavior(): Behavior {
		$own  = array_diff( self::$lists['attributes'], array( 'src', 'class', 'id', 'lang', 'data-report' ) ); // data-report: a data-* global
		$tags = array();
		foreach ( self::$lists['tags'] as $name ) {
			$tags[] = ( new Behavior\Tag( $name, Behavior\Tag::ALLOW_CHILDREN ) )
				->addAttrs( $this->srcAttr, ...$this->globalAttrs )
				->addAttrs( ...$this->createAttrs( ...$own ) );
		}
		$behavior = parent::createBehavior();
		// The plain markup of the contract: the quote's source and the date, which the common builder drops.
		$tags[] = $behavior->getTag( 'blockquote' )->addAttrs( ( new Behavior\Attr( 'cite' ) )->addValues( ...$this->srcAttr->getValues() ) );
		$tags[] = $behavior->getTag( 'time' )->addAttrs( ...$this->createAttrs( 'datetime' ) );
		return $behavior->withTags( ...$tags );
	}
}
ReportElementsBuilder::$lists = $lists;

$input    = json_decode( stream_get_contents( STDIN ), true );
$contexts = array(
	'typo3-sanitizer-default'   => ( new CommonBuilder() )->build(),
	'typo3-sanitizer-allowlist' => ( new ReportElementsBuilder() )->build(),
);
$columns  = array();
foreach ( $contexts as $name => $s ) {
	foreach ( $input['snippets'] as $snippet ) {
		$columns[ $name ][ $snippet['id'] ] = $s->sanitize( $snippet['html'] );
	}
}
$composer = json_decode( (string) @file_get_contents( "$sanitizer/composer.json" ), true );
echo json_encode(
	array(
		'version' => getenv( 'TYPO3_SANITIZER_VERSION' ) ?: ( $composer['extra']['branch-alias']['dev-main'] ?? 'unknown' ),
		'columns' => $columns,
	),
	JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE
);
