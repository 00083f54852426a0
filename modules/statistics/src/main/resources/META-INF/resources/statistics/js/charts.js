/*
 * Extender for Beacon's statistics charts (<p:chart extender="beaconStatisticsChart">): gives every
 * slice, bar series or line its own fill pattern as well as its colour, so that no chart relies on
 * colour alone. Lines already differ by point shape and dash (set on the server).
 */
(function () {
    "use strict";

    function pattern(ctx, colour, index) {
        var size = 12;
        var tile = document.createElement("canvas");
        tile.width = size;
        tile.height = size;
        var c = tile.getContext("2d");
        c.fillStyle = colour;
        c.fillRect(0, 0, size, size);
        c.strokeStyle = "rgba(255,255,255,0.85)";
        c.fillStyle = "rgba(255,255,255,0.85)";
        c.lineWidth = 2;
        switch (index % 6) {
            case 0:
                break;
            case 1:
                c.beginPath();
                c.moveTo(0, size);
                c.lineTo(size, 0);
                c.stroke();
                break;
            case 2:
                c.beginPath();
                c.arc(size / 2, size / 2, 2, 0, 2 * Math.PI);
                c.fill();
                break;
            case 3:
                c.beginPath();
                c.moveTo(0, size / 2);
                c.lineTo(size, size / 2);
                c.stroke();
                break;
            case 4:
                c.beginPath();
                c.moveTo(size / 2, 0);
                c.lineTo(size / 2, size);
                c.stroke();
                break;
            default:
                c.beginPath();
                c.moveTo(0, 0);
                c.lineTo(size, size);
                c.moveTo(size, 0);
                c.lineTo(0, size);
                c.stroke();
        }
        return ctx.createPattern(tile, "repeat");
    }

    window.beaconStatisticsChart = function () {
        var config = this.cfg.config;
        var ctx = this.ctx;
        if (!config || !config.data || !ctx) {
            return;
        }
        var circular = config.type === "pie" || config.type === "doughnut";
        config.data.datasets.forEach(function (dataset, d) {
            if (circular && Array.isArray(dataset.backgroundColor)) {
                dataset.backgroundColor = dataset.backgroundColor.map(function (colour, i) {
                    return pattern(ctx, colour, i);
                });
            } else if (config.type === "bar" && typeof dataset.backgroundColor === "string") {
                dataset.backgroundColor = pattern(ctx, dataset.backgroundColor, d);
            }
        });
    };
})();
