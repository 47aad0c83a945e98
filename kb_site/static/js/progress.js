/*
 * Course progress, kept only in this browser (localStorage). Nothing is sent anywhere.
 *
 * Lesson page: a checkbox «Jeg har fullført leksjonen» and a note of the last lesson visited.
 * Course page: a progress bar, a «Fortsett der du slapp» link and the completed lessons marked.
 * Without JavaScript (or without localStorage) the course is plain pages and links.
 */
(function () {
    "use strict";

    var STORAGE_KEY = "kb-course-progress";

    function load() {
        try {
            var data = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "{}");
            return data && typeof data === "object" ? data : {};
        } catch (error) {
            return null;
        }
    }

    function save(data) {
        try {
            window.localStorage.setItem(STORAGE_KEY, JSON.stringify(data));
            return true;
        } catch (error) {
            return false;
        }
    }

    function courseState(data, courseId) {
        var state = data[courseId];
        if (!state || typeof state !== "object" || !Array.isArray(state.done)) {
            state = { done: [], last: null };
            data[courseId] = state;
        }
        return state;
    }

    function format(text, values) {
        return text.replace(/\{(\w+)\}/g, function (match, name) {
            return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : match;
        });
    }

    function initLesson(container) {
        var courseId = container.dataset.course;
        var lessonId = container.dataset.lesson;
        var data = load();
        if (data === null || !courseId || !lessonId) {
            return;
        }
        var state = courseState(data, courseId);
        state.last = lessonId;
        if (!save(data)) {
            return;
        }

        var id = "lesson-done-" + lessonId;
        var checkbox = document.createElement("input");
        checkbox.type = "checkbox";
        checkbox.id = id;
        checkbox.checked = state.done.indexOf(lessonId) !== -1;
        var label = document.createElement("label");
        label.htmlFor = id;
        label.textContent = container.dataset.textMark;
        var status = document.createElement("p");
        status.className = "lesson-progress__status";
        status.setAttribute("role", "status");

        checkbox.addEventListener("change", function () {
            var current = load() || {};
            var currentState = courseState(current, courseId);
            var position = currentState.done.indexOf(lessonId);
            if (checkbox.checked && position === -1) {
                currentState.done.push(lessonId);
            } else if (!checkbox.checked && position !== -1) {
                currentState.done.splice(position, 1);
            }
            save(current);
            status.textContent = checkbox.checked
                ? container.dataset.textMarked
                : container.dataset.textUnmarked;
        });

        var field = document.createElement("p");
        field.className = "lesson-progress__field";
        field.appendChild(checkbox);
        field.appendChild(label);
        container.appendChild(field);
        container.appendChild(status);
        container.hidden = false;
    }

    function initCourse(section) {
        var courseId = section.dataset.courseProgress;
        var data = load();
        if (data === null || !courseId) {
            return;
        }
        var state = data[courseId] || { done: [], last: null };
        var items = Array.prototype.slice.call(section.querySelectorAll("[data-lesson]"));
        if (!items.length) {
            return;
        }
        var doneCount = 0;
        var firstOpen = null;
        var last = null;
        items.forEach(function (item) {
            var lessonId = item.dataset.lesson;
            var link = item.querySelector("a");
            if (Array.isArray(state.done) && state.done.indexOf(lessonId) !== -1) {
                doneCount += 1;
                item.classList.add("lesson-list__item--done");
                var mark = document.createElement("span");
                mark.className = "lesson-done";
                mark.textContent = section.dataset.textDone;
                item.appendChild(document.createTextNode(" "));
                item.appendChild(mark);
            } else if (firstOpen === null) {
                firstOpen = link;
            }
            if (lessonId === state.last) {
                last = link;
            }
        });

        var panel = document.createElement("div");
        panel.className = "course-progress";
        var statusId = "course-progress-status";
        var status = document.createElement("p");
        status.id = statusId;
        status.textContent = format(section.dataset.textStatus, {
            done: doneCount,
            total: items.length,
        });
        var bar = document.createElement("progress");
        bar.max = items.length;
        bar.value = doneCount;
        bar.setAttribute("aria-labelledby", statusId);
        panel.appendChild(status);
        panel.appendChild(bar);

        var target = last && last.parentNode.classList.contains("lesson-list__item--done")
            ? firstOpen || last
            : last || (doneCount ? firstOpen : null);
        if (target) {
            var continueLink = document.createElement("a");
            continueLink.className = "button course-progress__continue";
            continueLink.href = target.getAttribute("href");
            continueLink.textContent = section.dataset.textContinue + ": " + target.textContent;
            var paragraph = document.createElement("p");
            paragraph.appendChild(continueLink);
            panel.appendChild(paragraph);
        }
        var heading = section.querySelector("h2");
        section.insertBefore(panel, heading ? heading.nextSibling : section.firstChild);
    }

    document.querySelectorAll("[data-lesson-progress]").forEach(initLesson);
    document.querySelectorAll("[data-course-progress]").forEach(initCourse);
})();
