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
