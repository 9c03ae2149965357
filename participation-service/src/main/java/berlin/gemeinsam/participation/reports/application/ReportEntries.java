package berlin.gemeinsam.participation.reports.application;

import berlin.gemeinsam.participation.reports.domain.CountedContribution;
import berlin.gemeinsam.participation.reports.domain.Period;
import berlin.gemeinsam.participation.reports.domain.Redemption;
import berlin.gemeinsam.participation.reports.domain.ReportScope;

import java.util.List;

/** What the reports keep of the participation streams, in the instance's own store. */
public interface ReportEntries {

    /**
     * Keeps the contribution in place of the one kept under its id only if its sequence is higher (or it is the first),
     * decided by the store in one conditional write, so a repeated or older event changes nothing.
     */
    void keepIfNewer(CountedContribution contribution);

    /** Keeps a redemption once per contribution; a repeated one changes nothing. */
    void keep(Redemption redemption);

    /** The scope's contributions that count, made in the period. */
    List<CountedContribution> counted(ReportScope scope, Period period);

    /** The scope's redemptions in the period. */
    List<Redemption> redeemed(ReportScope scope, Period period);
}
