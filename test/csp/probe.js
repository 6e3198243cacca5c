// Collects Content-Security-Policy violations for the test that loads this page in an iframe.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.violations.push(`${e.violatedDirective}: ${e.blockedURI || '(inline)'} ${e.sample || ''}`.trim());
});
