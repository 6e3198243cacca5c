<?php
/**
 * Server render of the report quote block: `<report-quote data-report>` with its fallback markup.
 *
 * @package report-elements
 * @var array    $attributes The block's attributes.
 * @var WP_Block $block      The block.
 */

defined( 'ABSPATH' ) || exit;

echo report_elements_render( 'quote', isset( $attributes ) ? $attributes : array(), isset( $block ) ? $block : null ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped field by field in report_elements_render().
