package fr.cadre.pages.directory;

import fr.cadre.directory.entity.Consortium;
import fr.cadre.directory.entity.Member;
import java.util.List;

/** A consortium and its members, as the reference page lists them. */
public record ConsortiumMembers(Consortium consortium, List<Member> members) {}
