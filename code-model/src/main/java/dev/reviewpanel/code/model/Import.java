package dev.reviewpanel.code.model;

/**
 * An import or {@code require}: {@code alias} is the local name it binds.
 *
 * <ul>
 *   <li>{@code import os.path as p}: module {@code os.path}, name null, alias {@code p}
 *   <li>{@code from .services import OrderService}: module {@code .services}, name {@code
 *       OrderService}, alias {@code OrderService}
 *   <li>{@code import x from './db'} / {@code const x = require('./db')}: module {@code ./db}, name
 *       {@code default} / null, alias {@code x}
 *   <li>{@code import java.sql.Statement}: module {@code java.sql}, name {@code Statement}
 * </ul>
 */
public record Import(String module, String name, String alias, int line) {

  /** The dotted name the alias stands for: {@code os.path}, {@code subprocess.run}. */
  public String target() {
    if (name == null || name.equals("default") || name.equals("*")) {
      return module;
    }
    return module.endsWith(".") || module.endsWith("/") ? module + name : module + "." + name;
  }
}
