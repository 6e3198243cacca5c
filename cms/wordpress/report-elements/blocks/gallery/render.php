<?php
/**
 * Server render of the report gallery block: `<report-gallery data-report>` with its fallback markup.
 *
 * @package report-elements
 * @var array    $attributes The block's attributes.
 * @var WP_Block $block      The block.
 */

defined( 'ABSPATH' ) || exit;

echo report_elements_render( 'gallery', isset( $attributes ) ? $attributes : array(), isset( $block ) ? $block : null ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped field by field in report_elements_render().
