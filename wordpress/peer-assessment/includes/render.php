<?php
/**
 * The widget's element and embed.js, for the shortcode and the block alike.
 *
 * @package PeerAssessment
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers embed.js, served from the plugin's own folder. */
function peer_assessment_register_scripts() {
	wp_register_script(
		'peer-assessment-embed',
		plugins_url( 'assets/widget/embed.js', PEER_ASSESSMENT_FILE ),
		array(),
		PEER_ASSESSMENT_VERSION,
		true
	);
}

/**
 * Loads embed.js as a module (it is one), with no inline script.
 *
 * @param string $tag    The script element WordPress wrote.
 * @param string $handle The script's handle.
 * @return string
 */
function peer_assessment_module_tag( $tag, $handle ) {
	if ( 'peer-assessment-embed' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}

/**
 * The widget's element: an empty <div> with the checked options as data attributes, every value
 * escaped. Enqueues embed.js, which puts the widget into it.
 *
 * @param mixed $attributes Shortcode or block attributes.
 * @return string
 */
function peer_assessment_render( $attributes ) {
	wp_enqueue_script( 'peer-assessment-embed' );
	$html = '<div class="peer-assessment" data-peer-assessment';
	foreach ( peer_assessment_clean_attributes( $attributes ) as $name => $value ) {
		$escaped = in_array( $name, array( 'set_url', 'facilitator_page' ), true ) ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value );
		$html   .= ' ' . PEER_ASSESSMENT_ATTRIBUTES[ $name ] . '="' . $escaped . '"';
	}
	return $html . '></div>';
}

/**
 * [peer_assessment set="samhsa-2015" lang="es" namespace="our-program" title="…" accent="#0b5f73"
 * set_url="/sets/ours.json" show="history files" page="facilitator" facilitator_page="/workshop/"]
 *
 * @param mixed $attributes The shortcode's attributes.
 * @return string
 */
function peer_assessment_shortcode( $attributes ) {
	$attributes = shortcode_atts( array_fill_keys( array_keys( PEER_ASSESSMENT_ATTRIBUTES ), '' ), $attributes, 'peer_assessment' );
	return peer_assessment_render( $attributes );
}
