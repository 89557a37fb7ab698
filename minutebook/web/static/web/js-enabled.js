// GOV.UK Frontend's classes, set before the page is drawn (a file, not an inline script: see the CSP)
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
