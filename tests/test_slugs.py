"""One slug module: entry files, stories, entities, pages and claim ids keep their names."""

from digest.slugs import claim_slug, entity_slug, entry_slug, page_name, slugify, story_slug


def test_accents_fold_in_names_but_separate_words_in_claim_ids():
    assert slugify("Café Crème 2.5") == "cafe-creme-2-5"
    assert claim_slug("Café context window") == "caf-context-window"
    assert claim_slug("¿?") == "claim"


def test_a_title_in_another_script_keeps_a_hash_of_its_key():
    a, b = entry_slug("北京发布新模型", "a.txt"), entry_slug("北京发布新模型", "b.txt")
    assert a.startswith("entry-") and a != b and len(a) == len("entry-") + 10
    mixed = story_slug("GLM 北京发布新的大型语言模型", "k")
    assert mixed.startswith("glm-") and len(mixed) == len("glm-") + 8


def test_latin_titles_are_bounded_and_plain():
    title = "A Long Headline About a Model " * 3
    assert entry_slug(title, "x") == slugify(title, 80) and len(slugify(title, 80)) == 80
    # a title more than twice as long as the bound keeps a hash, so two such titles stay distinct
    assert entry_slug(title * 3, "x") != entry_slug(title * 3, "y")
    assert len(entry_slug(title * 3, "x")) <= 80
    assert story_slug("Lab ships Model 7", "k") == "lab-ships-model-7"


def test_no_entity_or_story_replaces_a_folder_index():
    assert entity_slug("Index") == "index_"
    assert page_name("index") == "index_" and page_name("indexes") == "indexes"
    assert entity_slug("Mistral AI") == "mistral-ai"
