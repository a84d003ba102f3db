const WEEKEND = ['sat', 'sun'];

function workdays(days) {
  return days.filter((d) => WEEKEND.indexOf(d) === -1);
}

module.exports = { workdays };
