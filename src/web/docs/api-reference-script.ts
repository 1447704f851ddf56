// The API reference's start-up script and the styles that fit swagger-ui into vpp's page.
export const DOCS_API_JS = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    docExpansion: 'none',
    defaultModelsExpandDepth: 0,
    defaultModelExpandDepth: 6,
    displayRequestDuration: true,
    filter: true,
    tryItOutEnabled: false,
    onComplete: function () { document.body.setAttribute('data-reference-ready', 'yes'); }
  });
});`;

// swagger-ui lays out for a wide window: on a phone its path, summary and tables must wrap
// instead of pushing the page sideways.
export const DOCS_API_CSS = `
main { max-width: 72rem; }
#swagger-ui .information-container, #swagger-ui .scheme-container { display: none; }
#swagger-ui .wrapper { padding: 0; }
#swagger-ui .response-col_links { display: none; }
#swagger-ui .filter-container .operation-filter-input { width: 100%; margin: .5rem 0; }
#swagger-ui .filter-container { padding: 0; }
#swagger-ui .opblock .opblock-summary-path, #swagger-ui .opblock .opblock-summary-path__deprecated { word-break: normal; overflow-wrap: anywhere; }
#swagger-ui .model, #swagger-ui .prop-type, #swagger-ui .parameter__name { overflow-wrap: anywhere; word-break: normal; }
#swagger-ui table { table-layout: auto; }
#swagger-ui .responses-inner, #swagger-ui .opblock-body, #swagger-ui .model-box { overflow-x: auto; max-width: 100%; }
#swagger-ui pre { white-space: pre-wrap; overflow-wrap: anywhere; }
@media (max-width: 40rem) {
  #swagger-ui .opblock .opblock-summary { flex-wrap: wrap; }
  #swagger-ui .opblock .opblock-summary-description { flex-basis: 100%; padding: .25rem 0 0; }
  #swagger-ui .opblock-tag { font-size: 1.1rem; }
  #swagger-ui table.responses-table td, #swagger-ui table.parameters td { display: block; }
}
`;
