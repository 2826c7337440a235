import pytest

from fsw_desktop.errors import WeakPassphrase
from fsw_desktop.services.desk.profile import passphrase_strength, require_strong


@pytest.mark.parametrize("weak", ["", "short", "elevenchars", "password1234", "aaaaaaaaaaaaaaaa", "qwerty123456"])
def test_weak_passphrases_refused(weak):
    assert not passphrase_strength(weak).acceptable
    with pytest.raises(WeakPassphrase):
        require_strong(weak)


@pytest.mark.parametrize("good", ["correct horse battery staple", "Tr0ub4dor&3xyz", "blue kettle on sunday"])
def test_good_passphrases_accepted(good):
    assert passphrase_strength(good).acceptable


def test_feedback_counts_down_characters():
    assert "3 more characters" in passphrase_strength("ninechars").message


def test_four_short_words_need_twelve_characters_in_all():
    assert not passphrase_strength("a b c d").acceptable
