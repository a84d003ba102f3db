// client.raw() per column builds SQL fragments of the one UPDATE the caller runs: no round trip.
function prepUpdate(client, counter, data) {
  for (const column of Object.keys(counter)) {
    const sign = counter[column] < 0 ? '-' : '+';
    data[column] = client.raw(`?? ${sign} ?`, [column, Math.abs(counter[column])]);
  }
  return data;
}

module.exports = { prepUpdate };
