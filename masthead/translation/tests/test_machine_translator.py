"""The editor's "Machine translate" button runs on Masthead's engine, memory and glossary."""

from django.test import TestCase, override_settings
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue
from wagtail_localize.views.edit_translation import apply_machine_translation

from masthead.accounts.models import User
from masthead.testing import build_outlet, publish_article
from masthead.translation.engines import translation_settings
from masthead.translation.machine_translator import MastheadMachineTranslator
from masthead.translation.models import GlossaryTerm, TranslationMemoryEntry


def fake(**options: object) -> dict:
    return translation_settings(ENGINE="fake", FAKE=options)


@override_settings(MASTHEAD_TRANSLATION=fake())
class MachineTranslatorTests(TestCase):
    @classmethod
    def setUpTestData(cls) -> None:
        cls.en = Locale.objects.get_or_create(language_code="en")[0]
        cls.fr = Locale.objects.get_or_create(language_code="fr")[0]
        cls.ja = Locale.objects.get_or_create(language_code="ja")[0]

    def test_wagtail_localize_is_configured_with_masthead_translator(self) -> None:
        translator = get_machine_translator()
        self.assertIsInstance(translator, MastheadMachineTranslator)
        self.assertEqual(translator.display_name, "Masthead machine translation")

    def test_can_translate_follows_the_engine(self) -> None:
        translator = get_machine_translator()
        self.assertTrue(translator.can_translate(self.en, self.fr))
        self.assertFalse(translator.can_translate(self.en, self.en))
        with override_settings(MASTHEAD_TRANSLATION=fake(UNSUPPORTED=["ja"])):
            self.assertFalse(get_machine_translator().can_translate(self.en, self.ja))

    def test_translate_keeps_link_ids_and_keys_by_the_given_strings(self) -> None:
        GlossaryTerm.objects.create(source_text="Masthead")
        strings = [
            StringValue('Read <a id="a1">the report</a>. Masthead agrees.'),
            StringValue("Second segment."),
        ]
        result = get_machine_translator().translate(self.en, self.fr, strings)
        self.assertEqual(set(result), set(strings))
        first = result[strings[0]].data
        self.assertIn('<a id="a1">', first)
        self.assertIn("Masthead", first)
        self.assertEqual(result[strings[1]].data, "[fr] Second segment.")
        self.assertTrue(TranslationMemoryEntry.objects.filter(target_language="fr").exists())


@override_settings(MASTHEAD_TRANSLATION=fake())
class MachineTranslateButtonTests(TestCase):
    """wagtail-localize's own view code, as the editor's button runs it."""

    def test_button_fills_the_missing_segments_with_machine_translations(self) -> None:
        outlet = build_outlet()
        fr = Locale.objects.get_or_create(language_code="fr")[0]
        article = publish_article(
            outlet,
            title="Harbour deal",
            body=[
                (
                    "paragraph",
                    RichText(
                        '<p>The council voted. Read <a href="https://example.org/c">'
                        "the contract</a> here.</p>"
                    ),
                )
            ],
        )
        source, _created = TranslationSource.get_or_create_from_instance(article)
        translation = Translation.objects.create(source=source, target_locale=fr)
        translation.save_target(publish=False)
        editor = User.objects.create_superuser("editor", "editor@example.org", "x")

        apply_machine_translation(translation.id, editor, get_machine_translator())

        made = StringTranslation.objects.filter(locale=fr)
        self.assertTrue(made.exists())
        self.assertEqual(
            set(made.values_list("tool_name", flat=True)), {"Masthead machine translation"}
        )
        paragraph = made.get(translation_of__data__contains="council")
        self.assertIn('<a id="a1">', paragraph.data)
        self.assertTrue(paragraph.data.startswith("[fr] The council voted."))
        title = made.get(translation_of__data="Harbour deal")
        self.assertEqual(title.data, "[fr] Harbour deal")
