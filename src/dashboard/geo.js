// A hand-simplified outline of mainland China and the demo cities, drawn locally:
// the dashboard loads no map tiles from the internet.
window.GEO = (() => {
  const outline = [
    [135.1, 48.4], [131.0, 44.9], [130.6, 42.4], [128.0, 41.5], [124.4, 40.0], [121.6, 38.9], [122.2, 40.5],
    [119.5, 39.8], [117.7, 39.0], [118.9, 37.5], [122.5, 37.4], [119.3, 35.0], [120.9, 32.0], [121.9, 30.9],
    [121.6, 28.8], [119.7, 26.0], [117.5, 23.5], [114.2, 22.3], [111.0, 21.4], [109.7, 21.5], [108.0, 21.6],
    [106.7, 22.8], [103.9, 22.5], [101.7, 21.2], [99.2, 22.1], [98.5, 24.1], [97.5, 28.3], [92.0, 27.9],
    [88.9, 27.3], [85.0, 28.3], [81.1, 30.2], [78.9, 32.6], [78.4, 34.0], [79.5, 35.6], [75.0, 37.0],
    [73.6, 39.4], [76.9, 41.0], [80.2, 42.1], [80.7, 45.1], [82.5, 45.5], [85.5, 47.0], [87.3, 49.1],
    [90.6, 45.3], [96.3, 42.7], [100.8, 42.6], [105.0, 41.6], [111.0, 43.6], [111.9, 45.1], [116.7, 46.4],
    [119.7, 47.2], [117.8, 49.5], [119.3, 50.3], [121.2, 53.3], [125.6, 53.1], [127.5, 49.8], [130.6, 48.9],
  ];
  const cities = [
    ["Shanghai", 31.23, 121.47], ["Beijing", 39.9, 116.41], ["Guangzhou", 23.13, 113.26], ["Shenzhen", 22.54, 114.06],
    ["Chengdu", 30.57, 104.07], ["Hangzhou", 30.27, 120.16], ["Wuhan", 30.59, 114.31], ["Nanjing", 32.06, 118.8],
    ["Xi'an", 34.34, 108.94], ["Chongqing", 29.56, 106.55],
  ];
  /** Equirectangular: good enough at this scale, and the SVG keeps the page self-contained. */
  const project = (lat, lng) => [(lng - 72) * 10, (55 - lat) * 10];
  const colors = {
    LABEL_CREATED: "#8a94a6", PICKED_UP: "#5b6ee1", IN_TRANSIT: "#2f7fd8", OUT_FOR_DELIVERY: "#14a3a3",
    ATTEMPTED_DELIVERY: "#d9822b", DELAYED: "#e0a100", DELIVERED: "#2f9e62", FAILED: "#c0392b", RETURNED: "#8e44ad",
  };
  return { outline, cities, project, colors };
})();
