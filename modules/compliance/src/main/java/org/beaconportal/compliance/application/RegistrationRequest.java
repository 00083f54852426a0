package org.beaconportal.compliance.application;

import org.beaconportal.compliance.domain.SizeBand;

/**
 * What a company enters to register.
 *
 * @param companyName the company's name
 * @param sector its sector, in its own words
 * @param sizeBand its size band
 * @param country the country of its head office
 * @param contactName the name of the person registering (the owner)
 * @param email the owner's e-mail address, verified by a link
 * @param username the owner's user name for logging in
 * @param password the owner's password
 */
public record RegistrationRequest(
        String companyName,
        String sector,
        SizeBand sizeBand,
        String country,
        String contactName,
        String email,
        String username,
        String password) {}
