package com.yumroad.kernel.paging;

import com.yumroad.kernel.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorsTest {

    private final Cursors cursors = new Cursors("a-signing-key-of-more-than-thirty-two-bytes!!");

    @Test
    void aCursorCarriesThePositionOfItsOwnList() {
        String cursor = cursors.after(4711, "store=3");

        assertThat(cursors.position(cursor, "store=3")).isEqualTo(4711);
    }

    @Test
    void aCursorFromAnotherListIsRefused() {
        String cursor = cursors.after(4711, "store=3");

        assertThatThrownBy(() -> cursors.position(cursor, "store=4")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aGarbledOrEditedCursorIsRefused() {
        String cursor = cursors.after(4711, "all");
        char last = cursor.charAt(cursor.length() - 1);
        String edited = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThatThrownBy(() -> cursors.position(edited, "all")).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> cursors.position("not a cursor!", "all")).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> cursors.position("", "all")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void aCursorFromAnotherServerKeyIsRefused() {
        String foreign = new Cursors("another-signing-key-of-more-than-32-bytes!!!").after(1, "all");

        assertThatThrownBy(() -> cursors.position(foreign, "all")).isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void limitsOutside1To100AreInvalidInput() {
        assertThat(PageRequest.of(null, " ").limit()).isEqualTo(20);
        assertThat(PageRequest.of(100, null).limit()).isEqualTo(100);
        assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PageRequest.of(101, null)).isInstanceOf(InvalidInputException.class);
    }
}
