package fr.cadre.platform;

import jakarta.validation.groups.Default;

/**
 * The constraints of an input that only its creation has (a lot's number, a site's code, an
 * agreement's consortium): an update ignores those fields. A resource's POST validates its body
 * with {@code @Valid @ConvertGroup(to = OnCreate.class)}, which checks the default constraints too.
 */
public interface OnCreate extends Default {}
