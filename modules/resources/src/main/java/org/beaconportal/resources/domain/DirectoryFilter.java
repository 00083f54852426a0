package org.beaconportal.resources.domain;

/**
 * The exact criteria of a directory search; each is optional (null means any) and they combine.
 * Free text is matched and ranked separately.
 *
 * @param service a {@link ServiceKind}
 * @param county a county name from {@link ColoradoCounties} (statewide listings match every county)
 * @param language a language code such as {@code es}
 */
public record DirectoryFilter(ServiceKind service, String county, String language) {}
