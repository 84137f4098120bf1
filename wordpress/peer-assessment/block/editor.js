// The "Peer self-assessment" block in the editor: its options in the sidebar and a placeholder in
// the content. The page shows the widget itself, rendered on the server like the shortcode.
( function ( blocks, element, blockEditor, components ) {
	const el = element.createElement;
	const { InspectorControls, useBlockProps } = blockEditor;
	const { PanelBody, SelectControl, TextControl, Placeholder } = components;

	const text = () => ( { type: "string", default: "" } );
	const attributes = {};
	for ( const name of [ "set", "namespace", "lang", "title", "accent", "set_url", "show", "page", "facilitator_page" ] ) {
		attributes[ name ] = text();
	}

	blocks.registerBlockType( "peer-assessment/widget", {
		apiVersion: 2,
		title: "Peer self-assessment",
		description: "SAMHSA's Core Competencies for Peer Workers as a self-assessment. Answers stay in the visitor's browser.",
		category: "widgets",
		icon: "clipboard",
		keywords: [ "peer", "competencies", "SAMHSA", "assessment" ],
		supports: { html: false },
		attributes,
		edit( { attributes: a, setAttributes } ) {
			// One option of the block: a text box, or a choice among `options` ([label, value] pairs).
			const bound = ( name ) => ( { value: a[ name ], onChange: ( value ) => setAttributes( { [ name ]: value } ) } );
			const field = ( name, label, help ) => el( TextControl, { label, help, ...bound( name ) } );
			const choice = ( name, label, options ) =>
				el( SelectControl, { label, options: options.map( ( [ l, value ] ) => ( { label: l, value } ) ), ...bound( name ) } );
			return el(
				"div",
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: "Widget" },
						choice( "set", "Competency set", [
							[ "Chosen by the visitor", "" ],
							[ "SAMHSA 2015", "samhsa-2015" ],
							[ "Draft revision (family and youth)", "samhsa-draft-family-youth" ],
						] ),
						choice( "lang", "Language", [
							[ "The visitor's browser language", "" ],
							[ "English", "en" ],
							[ "Español", "es" ],
						] ),
						field( "namespace", "Namespace", "Keeps this widget's answers apart: 1–40 lowercase letters, digits, hyphens." ),
						field( "title", "Title" ),
						field( "accent", "Accent colour", "#rrggbb, dark enough for white text." ),
						field( "set_url", "Custom set URL", "A competency set (JSON) on this site." ),
						field( "show", "Parts shown", "Any of: history files workshop rate-others." ),
						field( "page", "Page", "facilitator: the facilitator's widget, which runs workshops." ),
						field( "facilitator_page", "Facilitators' page", "The page of this site with the facilitator's widget." ),
					),
				),
				el( Placeholder, {
					icon: "clipboard",
					label: a.title || "Peer Worker Competency Self-Assessment",
					instructions: "The self-assessment appears here on the published page. Its options are in the block's settings.",
				} ),
			);
		},
		save: () => null,
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components );
