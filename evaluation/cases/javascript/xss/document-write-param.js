function renderRef() {
  const params = new URLSearchParams(window.location.search);
  const ref = params.get('ref');
  document.write('<p>Referred by ' + ref + '</p>'); // expect: xss
}

renderRef();
