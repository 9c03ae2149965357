package berlin.gemeinsam.ideas.idea.domain;

/** The language an idea is written in. */
public enum Language {
    DE,
    EN
}
