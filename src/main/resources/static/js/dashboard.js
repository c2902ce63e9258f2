// Draws the charts whose data the page carries in data-chart attributes, and saves any of them as PNG.
document.addEventListener("DOMContentLoaded", function () {
  var palette = ["#9aa9bd", "#1d4e89", "#f2c14e", "#1e6b37"];
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var spec = JSON.parse(canvas.dataset.chart);
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s, i) {
          var colour = s.colour || palette[(i + (spec.series.length === 1 ? 1 : 0)) % palette.length];
          return { label: s.label, data: s.data, backgroundColor: colour, borderColor: colour, tension: 0.2 };
        })
      },
      options: {
        responsive: true,
        animation: false,
        // Scores run 0–100; counts (stacked, often horizontal for long Thai labels) start at 0 and grow.
        indexAxis: spec.horizontal ? "y" : "x",
        scales: spec.stacked
          ? { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } }
          : { y: { min: 0, max: 100 } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  });
  document.querySelectorAll("button[data-export]").forEach(function (button) {
    button.addEventListener("click", function () {
      var canvas = document.getElementById(button.dataset.export);
      var link = document.createElement("a");
      link.download = button.dataset.export + ".png";
      link.href = canvas.toDataURL("image/png");
      link.click();
    });
  });
});
