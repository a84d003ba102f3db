async function loadUser(id) {
  const response = fetch(`/api/users/${id}`); // expect: missing-await
  return response.json();
}

module.exports = { loadUser };
