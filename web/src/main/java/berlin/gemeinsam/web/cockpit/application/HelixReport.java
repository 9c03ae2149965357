package berlin.gemeinsam.web.cockpit.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who took part in all units together, per helix group, as central participation-service reports it: each group's
 * participants and their share of those who declared a group, the groups nobody came from and those below the
 * minimum share.
 *
 * @param participants the distinct participants (a person active in two units counts in each)
 * @param unassigned   participants who declared no group
 * @param minimumShare the share in percent below which a group with participants is underrepresented
 * @param groups       all five groups, zeros included
 */
public record HelixReport(long participants, long unassigned, BigDecimal minimumShare, List<GroupShare> groups,
                          List<String> missingGroups, List<String> underrepresentedGroups) {

    public HelixReport {
        groups = List.copyOf(groups);
        missingGroups = List.copyOf(missingGroups);
        underrepresentedGroups = List.copyOf(underrepresentedGroups);
    }

    public boolean isMissing(String group) {
        return missingGroups.contains(group);
    }

    public boolean isUnderrepresented(String group) {
        return underrepresentedGroups.contains(group);
    }

    /** One helix group's participants and share (percent, one decimal). */
    public record GroupShare(String helixGroup, long participants, BigDecimal share) {
    }
}
