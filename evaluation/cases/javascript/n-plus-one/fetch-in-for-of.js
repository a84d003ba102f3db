async function loadProfiles(ids) {
  const profiles = [];
  for (const id of ids) {
    const res = await fetch(`https://api.example.org/users/${id}`); // expect: n-plus-one
    profiles.push(await res.json());
  }
  return profiles;
}

module.exports = { loadProfiles };
