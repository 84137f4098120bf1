// The comparison page: SurveyJS shows the competencies one category per page, answers are kept
// in localStorage, and on completion Chart.js draws a radar over all categories (mean per
// category, "not applicable" left out) and a radar per category (one axis per competency).
(function () {
  "use strict";
  var data = window.PEER_ASSESSMENT;
  var KEY = "peer-assessment-surveyjs";
  var survey = new Survey.Model(data.survey);

  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(KEY) || "null");
      if (saved && saved.data) {
        survey.data = saved.data;
        if (saved.started) survey.start();
        if (typeof saved.page === "number") survey.currentPageNo = saved.page;
      }
    } catch (e) {
      // Unreadable or blocked storage: start afresh in memory.
    }
  }
  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify({
        data: survey.data,
        started: survey.state !== "starting",
        page: survey.currentPageNo,
      }));
    } catch (e) {
      // Storage full or blocked: answers stay in the page.
    }
  }

  function mean(values) {
    var rated = values.filter(function (v) { return typeof v === "number"; });
    if (!rated.length) return null;
    return rated.reduce(function (a, b) { return a + b; }, 0) / rated.length;
  }

  function radar(parent, title, labels, values) {
    var heading = document.createElement(parent === results ? "h2" : "h3");
    heading.textContent = title;
    var box = document.createElement("div");
    box.className = "chart";
    var canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", title + ": " + labels.map(function (l, i) {
      return l + " " + (values[i] === null ? "not rated" : values[i].toFixed(1));
    }).join(", "));
    box.appendChild(canvas);
    parent.appendChild(heading);
    parent.appendChild(box);
    return new Chart(canvas, {
      type: "radar",
      data: {
        labels: labels,
        datasets: [{ label: "Your rating", data: values, fill: true, borderWidth: 2, pointRadius: 3 }],
      },
      options: {
        // The widget draws its charts at once; so does this page.
        animation: false,
        plugins: { legend: { display: false } },
        scales: { r: { min: 0, max: 5, ticks: { stepSize: 1 } } },
      },
    });
  }

  var results = document.getElementById("results");
  function showResults(answers) {
    results.textContent = "";
    // Shown first, so each chart is laid out at its size when it is drawn.
    results.hidden = false;
    var perCategory = data.categories.map(function (category) {
      return category.competencies.map(function (c) {
        var v = answers[c.id];
        return typeof v === "number" ? v : null;
      });
    });
    radar(results, "Mean rating per category",
      data.categories.map(function (c) { return c.number + ". " + c.short_title; }),
      perCategory.map(mean));
    data.categories.forEach(function (category, i) {
      radar(results, category.number + ". " + category.title,
        category.competencies.map(function (_, n) { return "#" + (n + 1); }),
        perCategory[i]);
    });
  }

  survey.onValueChanged.add(save);
  survey.onCurrentPageChanged.add(save);
  survey.onStarted.add(save);
  survey.onComplete.add(function (sender) {
    save();
    showResults(sender.data);
  });
  load();
  SurveyUI.renderSurvey(survey, document.getElementById("survey"));
})();
