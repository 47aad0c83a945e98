import pytest

from tests import factories


@pytest.mark.django_db
def test_course_with_lessons_renders_position(client, contributor):
    course = factories.CoursePageFactory(parent=contributor)
    lessons = [factories.LessonPageFactory(parent=course, title=f"Del {n}") for n in range(3)]
    response = client.get(lessons[1].url)
    assert response.status_code == 200
    assert "Leksjon 2 av 3" in response.content.decode()
    assert lessons[1].organisation == contributor


@pytest.mark.django_db
def test_pages_created_with_add_child_record_their_original_language(home_nn):
    section = factories.ContributorPageFactory(parent=home_nn, title="Vestland fylkesbibliotek")
    course = factories.CoursePageFactory(parent=section)
    course.refresh_from_db()
    assert course.original_language == "nn"
