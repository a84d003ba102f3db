function toCsv(records) {
  let out = 'id,name\n';
  for (let i = 0; i < records.length; i++) {
    out = out + records[i].id + ',' + records[i].name + '\n'; // expect: string-concat-in-loop
  }
  return out;
}

module.exports = { toCsv };
