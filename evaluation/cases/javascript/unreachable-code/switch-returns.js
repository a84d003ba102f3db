function statusText(code) {
  switch (code) {
    case 200:
      return 'OK';
    case 404:
      return 'Not Found';
    default:
      break;
  }
  return 'Unknown';
}

module.exports = { statusText };
