package berlin.gemeinsam.platform.paging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void aCursorReadsBackTheKeysItWasMadeOf() {
        Cursor cursor = Cursor.of("2026-11-30T10:15:00Z", "Straße & Plätze", "");

        Cursor read = Cursor.parse(cursor.encoded(), 3);

        assertThat(read.keys()).containsExactly("2026-11-30T10:15:00Z", "Straße & Plätze", "");
        assertThat(cursor.encoded()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void whatNoPageAnsweredIsRefused() {
        assertThatThrownBy(() -> Cursor.parse("not a cursor!", 2)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> Cursor.parse(Cursor.of("a", "b", "c").encoded(), 2))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aPageTellsWhereTheNextBeginsOnlyWhenMoreFollow() {
        CursorPage<String> full = CursorPage.of(List.of("a", "b", "c"), 2, Cursor::of);
        CursorPage<String> last = CursorPage.of(List.of("a", "b"), 2, Cursor::of);

        assertThat(full.items()).containsExactly("a", "b");
        assertThat(full.next()).contains(Cursor.of("b"));
        assertThat(last.items()).containsExactly("a", "b");
        assertThat(last.next()).isEmpty();
    }
}
