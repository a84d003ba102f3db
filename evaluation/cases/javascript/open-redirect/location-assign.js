function continueFlow() {
  const params = new URLSearchParams(window.location.search);
  window.location.href = params.get('returnTo'); // expect: open-redirect
}

continueFlow();
