'use strict';

function half(value {
  return value / 2;
}
