package com.acme.storefront.auth;

public record LoginForm(String username, String password, boolean rememberMe, String tenant) {}
