package berlin.gemeinsam.participation.formats.domain;

/** The four dialog formats of the strategy, which work together ("Dialog als Kernelement"). */
public enum FormatType {
    /** Werkstatt: a small group works on ideas or a measure together. */
    WORKSHOP,
    /** Online-Konsultation: comments and votes online over a period, with a closing session. */
    ONLINE_CONSULTATION,
    /** Arena der Ideen: ideas are pitched and discussed in public. */
    ARENA_SESSION,
    /** Netzwerktreffen: multipliers and organisations of the helix groups meet. */
    NETWORK_MEETING
}
