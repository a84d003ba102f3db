package dev.reviewpanel.code.symbols;

import dev.reviewpanel.code.model.CodeModel;
import dev.reviewpanel.code.model.TypeDecl;

/** A class of the review with the file it is declared in. */
public record TypeRef(CodeModel model, TypeDecl type) {}
