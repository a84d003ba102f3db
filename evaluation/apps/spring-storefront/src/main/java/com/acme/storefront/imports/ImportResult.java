package com.acme.storefront.imports;

import java.util.List;

public record ImportResult(int accepted, List<String> rejected) {}
