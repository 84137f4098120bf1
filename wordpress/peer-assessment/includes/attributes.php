<?php
/**
 * The embed options of a shortcode or block, checked against allow-lists. Anything that does not
 * pass is dropped (the widget then uses its default), never passed on.
 *
 * @package PeerAssessment
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The built-in competency sets. */
const PEER_ASSESSMENT_SETS = array( 'samhsa-2015', 'samhsa-draft-family-youth' );
/** The widget's languages. */
const PEER_ASSESSMENT_LANGUAGES = array( 'en', 'es' );
/** The parts `show` may name. */
const PEER_ASSESSMENT_PARTS = array( 'assessment', 'history', 'files', 'workshop', 'rate-others' );
/** Option name => the widget's data attribute. */
const PEER_ASSESSMENT_ATTRIBUTES = array(
	'set'       => 'data-set',
	'namespace' => 'data-namespace',
	'lang'      => 'data-lang',
	'title'     => 'data-title',
	'accent'    => 'data-accent',
	'set_url'   => 'data-set-url',
	'show'      => 'data-show',
	'page'      => 'data-page',
	'facilitator_page' => 'data-facilitator-page',
);

/**
 * The options that pass their checks, as option name => value.
 *
 * @param mixed $raw Shortcode or block attributes.
 * @return array<string, string>
 */
function peer_assessment_clean_attributes( $raw ) {
	$raw   = is_array( $raw ) ? $raw : array();
	$get   = static function ( $name ) use ( $raw ) {
		return isset( $raw[ $name ] ) && is_scalar( $raw[ $name ] ) ? trim( (string) $raw[ $name ] ) : '';
	};
	$clean = array();

	if ( in_array( $get( 'set' ), PEER_ASSESSMENT_SETS, true ) ) {
		$clean['set'] = $get( 'set' );
	}
	if ( preg_match( '/^[a-z0-9-]{1,40}$/D', $get( 'namespace' ) ) ) {
		$clean['namespace'] = $get( 'namespace' );
	}
	if ( in_array( $get( 'lang' ), PEER_ASSESSMENT_LANGUAGES, true ) ) {
		$clean['lang'] = $get( 'lang' );
	}
	$title = sanitize_text_field( $get( 'title' ) );
	if ( '' !== $title ) {
		$clean['title'] = function_exists( 'mb_substr' ) ? mb_substr( $title, 0, 120 ) : substr( $title, 0, 120 );
	}
	if ( preg_match( '/^#[0-9a-fA-F]{6}$/D', $get( 'accent' ) ) ) {
		$clean['accent'] = strtolower( $get( 'accent' ) );
	}
	$set_url = peer_assessment_same_site_url( $get( 'set_url' ) );
	if ( null !== $set_url ) {
		$clean['set_url'] = $set_url;
	}
	$parts = array_values( array_intersect( preg_split( '/\s+/', $get( 'show' ), -1, PREG_SPLIT_NO_EMPTY ), PEER_ASSESSMENT_PARTS ) );
	if ( $parts ) {
		$clean['show'] = implode( ' ', array_unique( $parts ) );
	}
	// page="facilitator": the facilitator's widget (the workshop), on a page for facilitators.
	if ( 'facilitator' === $get( 'page' ) ) {
		$clean['page'] = 'facilitator';
	}
	// Where a participant's widget sends its Workshop section: that page of this site.
	$facilitator_page = peer_assessment_same_site_url( $get( 'facilitator_page' ) );
	if ( null !== $facilitator_page ) {
		$clean['facilitator_page'] = $facilitator_page;
	}
	return $clean;
}

/**
 * A custom set's address if it is on this site: a path ("/sets/ours.json") or an http(s) URL
 * whose host and port are the site's. Anything else (other sites, "//host", javascript:, data:)
 * gives null.
 *
 * @param string $url The address as written.
 * @return string|null
 */
function peer_assessment_same_site_url( $url ) {
	if ( '' === $url || strlen( $url ) > 500 || preg_match( '/[\s\\\\<>"\'`]/', $url ) ) {
		return null;
	}
	if ( '/' === $url[0] ) {
		return ( strlen( $url ) > 1 && '/' === $url[1] ) ? null : $url;
	}
	$parts = wp_parse_url( $url );
	$home  = wp_parse_url( home_url( '/' ) );
	if ( ! is_array( $parts ) || ! isset( $parts['scheme'], $parts['host'] ) || ! is_array( $home ) ) {
		return null;
	}
	$same = in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true )
		&& strtolower( $parts['host'] ) === strtolower( $home['host'] )
		&& ( $parts['port'] ?? null ) === ( $home['port'] ?? null )
		&& ! isset( $parts['user'] ) && ! isset( $parts['pass'] );
	return $same ? $url : null;
}
