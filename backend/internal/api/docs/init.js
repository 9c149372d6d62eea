// Starts Swagger UI on /api/docs. Kept out of the HTML: the server's CSP
// allows scripts from this origin only, never inline.
(function () {
  'use strict';

  var UNSAFE = { POST: true, PUT: true, PATCH: true, DELETE: true };

  function cookie(name) {
    var parts = document.cookie ? document.cookie.split('; ') : [];
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      if (parts[i].slice(0, eq) === name) {
        return decodeURIComponent(parts[i].slice(eq + 1));
      }
    }
    return '';
  }

  function start() {
    var el = document.getElementById('swagger-ui');
    window.ui = window.SwaggerUIBundle({
      url: el.getAttribute('data-spec-url'),
      domNode: el,
      deepLinking: true,
      // No call to the public validator service (and nothing from other origins).
      validatorUrl: null,
      // Try-it-out requests made with the browser session carry the CSRF
      // header, exactly like the web app's requests; bearer requests need none.
      withCredentials: true,
      requestInterceptor: function (req) {
        var method = (req.method || 'GET').toUpperCase();
        var hasBearer = req.headers && (req.headers.Authorization || req.headers.authorization);
        var csrf = cookie('carnet_csrf');
        if (UNSAFE[method] && !hasBearer && csrf) {
          req.headers['X-CSRF-Token'] = csrf;
        }
        return req;
      },
      presets: [window.SwaggerUIBundle.presets.apis],
      layout: 'BaseLayout',
      docExpansion: 'list',
      defaultModelsExpandDepth: 0,
      displayRequestDuration: true,
      filter: true,
      tryItOutEnabled: false,
      persistAuthorization: false
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
